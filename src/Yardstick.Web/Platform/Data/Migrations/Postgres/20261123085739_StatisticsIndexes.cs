using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ProjectId_CreatedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt_DueAt",
                table: "ReturnVisits");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ProjectId_CreatedAt",
                table: "WorkOrders",
                columns: new[] { "ProjectId", "CreatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Type", "Category", "Channel", "Priority", "Severity", "Nature", "Department", "Status", "ResolvedAt", "Id", "FirstContactResolution", "RepeatOfId", "ReopenCount", "Rating", "MasterId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Status_CreatedAt",
                table: "WorkOrders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderDeadlines_ProjectId",
                table: "WorkOrderDeadlines",
                column: "ProjectId")
                .Annotation("Npgsql:IndexInclude", new[] { "WorkOrderId", "Target", "DueAt", "MetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DoneAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Reason", "OpensAt", "DueAt", "OverdueAt", "CancelledAt", "Method", "SignatureFileId", "Outcome", "QualityScore", "TimelinessScore", "AttitudeScore" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DueAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DueAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Reason", "OpensAt", "OverdueAt", "DoneAt", "CancelledAt", "Method", "SignatureFileId", "Outcome", "QualityScore", "TimelinessScore", "AttitudeScore" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ProjectId_CreatedAt",
                table: "WorkOrders");

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
                name: "IX_WorkOrders_ProjectId_CreatedAt",
                table: "WorkOrders",
                columns: new[] { "ProjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt_DueAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DoneAt", "DueAt" });
        }
    }
}
