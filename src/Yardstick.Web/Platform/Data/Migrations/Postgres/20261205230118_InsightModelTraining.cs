using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightModelTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Error",
                table: "InsightModels",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                table: "InsightModels",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Progress",
                table: "InsightModels",
                type: "double precision",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "InsightModels",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                // Versions kept before training moved to the background were trained in the request: all ready.
                defaultValue: "Ready");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Error",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "InsightModels");
        }
    }
}
