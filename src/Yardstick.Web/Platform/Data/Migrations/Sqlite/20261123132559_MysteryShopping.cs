using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MysteryShopping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MsPrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Client = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MsPrograms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewComments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scenarios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PropertyType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Identity = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DialogueGuide = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ObservationPoints = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ItemKeys = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TimeSlots = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PropertyType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShopperConflicts",
                columns: table => new
                {
                    ShopperId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopperConflicts", x => new { x.ShopperId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_ShopperConflicts_AspNetUsers_ShopperId",
                        column: x => x.ShopperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShopperConflicts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MsProgramProjects",
                columns: table => new
                {
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MsProgramProjects", x => new { x.ProgramId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_MsProgramProjects_MsPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "MsPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MsProgramProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Waves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ModelId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScenarioIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SamplePerProject = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Waves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Waves_MsPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "MsPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Waves_ScoringModels_ModelId",
                        column: x => x.ModelId,
                        principalTable: "ScoringModels",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ShopperTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScenarioId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShopperId = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckInLatitude = table.Column<double>(type: "REAL", nullable: true),
                    CheckInLongitude = table.Column<double>(type: "REAL", nullable: true),
                    CheckInAccuracy = table.Column<double>(type: "REAL", nullable: true),
                    CheckInDistance = table.Column<double>(type: "REAL", nullable: true),
                    NoLocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Record = table.Column<string>(type: "TEXT", nullable: false),
                    RecordSavedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false),
                    Returns = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Suggestions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TotalScore = table.Column<double>(type: "REAL", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Score = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopperTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShopperTasks_AspNetUsers_ShopperId",
                        column: x => x.ShopperId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ShopperTasks_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShopperTasks_Scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "Scenarios",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ShopperTasks_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Evidence_ShopperTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ShopperTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    WaveId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ItemTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Fact = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Deduction = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OwnerStaffId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExpectedEffect = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedByTaskId = table.Column<long>(type: "INTEGER", nullable: true),
                    Systemic = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousFindingId = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Findings_ShopperTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ShopperTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Findings_Staff_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "Staff",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Findings_Waves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "Waves",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ReviewAdjustments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromResult = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    FromPoints = table.Column<double>(type: "REAL", nullable: false),
                    ToResult = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ToPoints = table.Column<double>(type: "REAL", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReviewerId = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewAdjustments_ShopperTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ShopperTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShopperTaskEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopperTaskEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShopperTaskEvents_ShopperTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ShopperTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FindingId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingEvents_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_FileId",
                table: "Evidence",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_TaskId",
                table: "Evidence",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingEvents_FindingId",
                table: "FindingEvents",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_OwnerStaffId",
                table: "Findings",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ProjectId_ItemKey_Status",
                table: "Findings",
                columns: new[] { "ProjectId", "ItemKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_Status_DueOn",
                table: "Findings",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_TaskId",
                table: "Findings",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_WaveId",
                table: "Findings",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_MsProgramProjects_ProjectId",
                table: "MsProgramProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAdjustments_TaskId",
                table: "ReviewAdjustments",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringModels_Key_VersionNumber",
                table: "ScoringModels",
                columns: new[] { "Key", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShopperConflicts_ProjectId",
                table: "ShopperConflicts",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopperTaskEvents_TaskId",
                table: "ShopperTaskEvents",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopperTasks_ProjectId_Status",
                table: "ShopperTasks",
                columns: new[] { "ProjectId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopperTasks_ScenarioId",
                table: "ShopperTasks",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopperTasks_ShopperId_Status",
                table: "ShopperTasks",
                columns: new[] { "ShopperId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopperTasks_WaveId_ProjectId",
                table: "ShopperTasks",
                columns: new[] { "WaveId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Waves_ModelId",
                table: "Waves",
                column: "ModelId");

            migrationBuilder.CreateIndex(
                name: "IX_Waves_ProgramId_Number",
                table: "Waves",
                columns: new[] { "ProgramId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "FindingEvents");

            migrationBuilder.DropTable(
                name: "MsProgramProjects");

            migrationBuilder.DropTable(
                name: "ReviewAdjustments");

            migrationBuilder.DropTable(
                name: "ReviewComments");

            migrationBuilder.DropTable(
                name: "ShopperConflicts");

            migrationBuilder.DropTable(
                name: "ShopperTaskEvents");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "ShopperTasks");

            migrationBuilder.DropTable(
                name: "Scenarios");

            migrationBuilder.DropTable(
                name: "Waves");

            migrationBuilder.DropTable(
                name: "MsPrograms");

            migrationBuilder.DropTable(
                name: "ScoringModels");
        }
    }
}
