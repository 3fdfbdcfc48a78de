using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TimelineEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoteEn",
                table: "WorkOrderEvents",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoteEn",
                table: "WorkOrderEvents");
        }
    }
}
