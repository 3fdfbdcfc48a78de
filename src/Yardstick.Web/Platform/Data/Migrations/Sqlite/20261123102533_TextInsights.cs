using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TextInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TextInsights",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    BuildingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Polarity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NegativeProbability = table.Column<float>(type: "REAL", nullable: false),
                    Alert = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CategoryConfidence = table.Column<float>(type: "REAL", nullable: false),
                    ConfirmedCategory = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextInsights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TextInsights_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TextInsights_Alert_CreatedAt",
                table: "TextInsights",
                columns: new[] { "Alert", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TextInsights_ProjectId_CreatedAt",
                table: "TextInsights",
                columns: new[] { "ProjectId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TextInsights_Source_SourceId",
                table: "TextInsights",
                columns: new[] { "Source", "SourceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TextInsights");
        }
    }
}
