using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CompensationOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationOptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeArticles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Question = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    UseCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OpenLetters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    WorkOrderId = table.Column<long>(type: "bigint", nullable: false),
                    OptionId = table.Column<int>(type: "integer", nullable: false),
                    OptionName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApproverRole = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RequestedById = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedById = table.Column<int>(type: "integer", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    WorkOrderId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Visitor = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Department = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AssigneeId = table.Column<int>(type: "integer", nullable: true),
                    SampleMonth = table.Column<int>(type: "integer", nullable: true),
                    PreviousVisitId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OverdueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    QualityScore = table.Column<int>(type: "integer", nullable: true),
                    TimelinessScore = table.Column<int>(type: "integer", nullable: true),
                    AttitudeScore = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SignatureFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    LetterId = table.Column<long>(type: "bigint", nullable: true),
                    VisitedById = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<int>(type: "integer", nullable: true),
                    NewWorkOrderId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
