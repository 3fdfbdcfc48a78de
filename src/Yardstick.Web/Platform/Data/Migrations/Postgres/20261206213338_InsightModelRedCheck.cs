using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightModelRedCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RedCaughtAfter",
                table: "InsightModels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RedCaughtBefore",
                table: "InsightModels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RedLost",
                table: "InsightModels",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RedLostCount",
                table: "InsightModels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RedRows",
                table: "InsightModels",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RedCaughtAfter",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "RedCaughtBefore",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "RedLost",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "RedLostCount",
                table: "InsightModels");

            migrationBuilder.DropColumn(
                name: "RedRows",
                table: "InsightModels");
        }
    }
}
