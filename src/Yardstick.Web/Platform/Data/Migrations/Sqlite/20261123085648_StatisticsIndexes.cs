using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt_DueAt",
                table: "ReturnVisits");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Status_CreatedAt",
                table: "WorkOrders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderDeadlines_ProjectId",
                table: "WorkOrderDeadlines",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DueAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_Status_CreatedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderDeadlines_ProjectId",
                table: "WorkOrderDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt",
                table: "ReturnVisits");

            migrationBuilder.DropIndex(
                name: "IX_ReturnVisits_ProjectId_DueAt",
                table: "ReturnVisits");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt_DueAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DoneAt", "DueAt" });
        }
    }
}
