using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SourceId = table.Column<long>(type: "bigint", nullable: false),
                    BuildingId = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Polarity = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NegativeProbability = table.Column<float>(type: "real", nullable: false),
                    Alert = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CategoryConfidence = table.Column<float>(type: "real", nullable: false),
                    ConfirmedCategory = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Keywords = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
