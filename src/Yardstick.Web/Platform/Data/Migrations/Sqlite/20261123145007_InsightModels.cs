using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InsightModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InsightModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Task = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompanyRows = table.Column<int>(type: "INTEGER", nullable: false),
                    CorpusRows = table.Column<int>(type: "INTEGER", nullable: false),
                    LabelCounts = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HeldOutRows = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOutBefore = table.Column<double>(type: "REAL", nullable: true),
                    HeldOutAfter = table.Column<double>(type: "REAL", nullable: true),
                    CorpusBefore = table.Column<double>(type: "REAL", nullable: false),
                    CorpusAfter = table.Column<double>(type: "REAL", nullable: false),
                    TrainSeconds = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActivatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeactivatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightModels", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsightModels_Task_IsActive",
                table: "InsightModels",
                columns: new[] { "Task", "IsActive" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsightModels");
        }
    }
}
