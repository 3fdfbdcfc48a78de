using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InsightCreatedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TextInsights_CreatedAt",
                table: "TextInsights",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TextInsights_CreatedAt",
                table: "TextInsights");
        }
    }
}
