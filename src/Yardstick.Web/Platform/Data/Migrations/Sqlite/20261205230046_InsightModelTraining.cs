using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAt",
                table: "InsightModels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Progress",
                table: "InsightModels",
                type: "REAL",
                nullable: false,
                defaultValue: 1.0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "InsightModels",
                type: "TEXT",
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
