using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "boolean", nullable: false),
                    FrozenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TemplateId = table.Column<int>(type: "integer", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channels = table.Column<int>(type: "integer", nullable: false),
                    Sampling = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SampleRatio = table.Column<double>(type: "double precision", nullable: true),
                    SampleSize = table.Column<int>(type: "integer", nullable: true),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    ExcludeSurveyedWithinDays = table.Column<int>(type: "integer", nullable: true),
                    DistributionTarget = table.Column<double>(type: "double precision", nullable: false),
                    RecoveryTarget = table.Column<double>(type: "double precision", nullable: false),
                    LaunchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyCampaigns_SurveyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "SurveyTemplates",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SurveyCampaignProjects",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    PlannedSample = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCampaignProjects", x => new { x.CampaignId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_SurveyCampaignProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyCampaignProjects_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UnitLabel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Token = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SurveyorId = table.Column<int>(type: "integer", nullable: true),
                    NotDeliveredReason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DraftAnswers = table.Column<byte[]>(type: "bytea", nullable: true),
                    DraftTexts = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DraftSavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_AspNetUsers_SurveyorId",
                        column: x => x.SurveyorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "Buildings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    InvitationId = table.Column<long>(type: "bigint", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    BuildingId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FormNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SurveyorId = table.Column<int>(type: "integer", nullable: true),
                    EnteredById = table.Column<int>(type: "integer", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answers = table.Column<byte[]>(type: "bytea", nullable: false),
                    Texts = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Flags = table.Column<int>(type: "integer", nullable: false),
                    FlagDecision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SourceAddress = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceDevice = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Audit = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AuditedById = table.Column<int>(type: "integer", nullable: true),
                    AuditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AuditNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false),
                    FollowUpOrderId = table.Column<long>(type: "bigint", nullable: true),
                    FollowUpDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyInvitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "SurveyInvitations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyResponses_WorkOrders_FollowUpOrderId",
                        column: x => x.FollowUpOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponseEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResponseId = table.Column<long>(type: "bigint", nullable: false),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    To = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponseEvents_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCampaignProjects_ProjectId",
                table: "SurveyCampaignProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCampaigns_TemplateId",
                table: "SurveyCampaigns",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_BuildingId",
                table: "SurveyInvitations",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_CampaignId_ProjectId_BuildingId",
                table: "SurveyInvitations",
                columns: new[] { "CampaignId", "ProjectId", "BuildingId" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_ProjectId",
                table: "SurveyInvitations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyorId",
                table: "SurveyInvitations",
                column: "SurveyorId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_Token",
                table: "SurveyInvitations",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_UnitId",
                table: "SurveyInvitations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponseEvents_ResponseId",
                table: "SurveyResponseEvents",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CampaignId_Excluded",
                table: "SurveyResponses",
                columns: new[] { "CampaignId", "Excluded" })
                .Annotation("Npgsql:IndexInclude", new[] { "ProjectId", "BuildingId", "Answers" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CampaignId_SourceAddress",
                table: "SurveyResponses",
                columns: new[] { "CampaignId", "SourceAddress" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CampaignId_SourceDevice",
                table: "SurveyResponses",
                columns: new[] { "CampaignId", "SourceDevice" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_FollowUpDueAt",
                table: "SurveyResponses",
                column: "FollowUpDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_FollowUpOrderId",
                table: "SurveyResponses",
                column: "FollowUpOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_InvitationId",
                table: "SurveyResponses",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_ProjectId",
                table: "SurveyResponses",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTemplates_Key_VersionNumber",
                table: "SurveyTemplates",
                columns: new[] { "Key", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyCampaignProjects");

            migrationBuilder.DropTable(
                name: "SurveyResponseEvents");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "SurveyCampaigns");

            migrationBuilder.DropTable(
                name: "SurveyTemplates");
        }
    }
}
