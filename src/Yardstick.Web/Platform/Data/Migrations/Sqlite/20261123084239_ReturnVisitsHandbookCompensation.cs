using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReturnVisitsHandbookCompensation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArticleId",
                table: "WorkOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CompensationOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationOptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeArticles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UseCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenLetters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpenLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpenLetters_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompensationRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    OptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApproverRole = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RequestedById = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationRequests_CompensationOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "CompensationOptions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CompensationRequests_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReturnVisits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Visitor = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AssigneeId = table.Column<int>(type: "INTEGER", nullable: true),
                    SampleMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousVisitId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OverdueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    QualityScore = table.Column<int>(type: "INTEGER", nullable: true),
                    TimelinessScore = table.Column<int>(type: "INTEGER", nullable: true),
                    AttitudeScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SignatureFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LetterId = table.Column<long>(type: "INTEGER", nullable: true),
                    VisitedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: true),
                    NewWorkOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnVisits_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReturnVisits_Files_SignatureFileId",
                        column: x => x.SignatureFileId,
                        principalTable: "Files",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReturnVisits_OpenLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "OpenLetters",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReturnVisits_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReturnVisits_WorkOrders_NewWorkOrderId",
                        column: x => x.NewWorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ReturnVisits_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ProjectId_ResolvedAt",
                table: "WorkOrders",
                columns: new[] { "ProjectId", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationOptions_Name",
                table: "CompensationOptions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationRequests_OptionId",
                table: "CompensationRequests",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationRequests_ProjectId_Status",
                table: "CompensationRequests",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationRequests_WorkOrderId",
                table: "CompensationRequests",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OpenLetters_ProjectId",
                table: "OpenLetters",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_AssigneeId",
                table: "ReturnVisits",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_LetterId",
                table: "ReturnVisits",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_NewWorkOrderId",
                table: "ReturnVisits",
                column: "NewWorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_DoneAt_DueAt",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "DoneAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_ProjectId_SampleMonth",
                table: "ReturnVisits",
                columns: new[] { "ProjectId", "SampleMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_SignatureFileId",
                table: "ReturnVisits",
                column: "SignatureFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnVisits_WorkOrderId",
                table: "ReturnVisits",
                column: "WorkOrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompensationRequests");

            migrationBuilder.DropTable(
                name: "KnowledgeArticles");

            migrationBuilder.DropTable(
                name: "ReturnVisits");

            migrationBuilder.DropTable(
                name: "CompensationOptions");

            migrationBuilder.DropTable(
                name: "OpenLetters");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ProjectId_ResolvedAt",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "ArticleId",
                table: "WorkOrders");
        }
    }
}
