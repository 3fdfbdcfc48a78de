using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Yardstick.Web.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Task = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompanyRows = table.Column<int>(type: "integer", nullable: false),
                    CorpusRows = table.Column<int>(type: "integer", nullable: false),
                    LabelCounts = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    HeldOutRows = table.Column<int>(type: "integer", nullable: false),
                    HeldOutBefore = table.Column<double>(type: "double precision", nullable: true),
                    HeldOutAfter = table.Column<double>(type: "double precision", nullable: true),
                    CorpusBefore = table.Column<double>(type: "double precision", nullable: false),
                    CorpusAfter = table.Column<double>(type: "double precision", nullable: false),
                    TrainSeconds = table.Column<double>(type: "double precision", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    ActivatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeactivatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PreviousId = table.Column<int>(type: "integer", nullable: true)
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
