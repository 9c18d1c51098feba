using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RetentionReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BackgroundJobId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Purged = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionReportLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LimitDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Cutoff = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Purged = table.Column<long>(type: "INTEGER", nullable: false),
                    Related = table.Column<long>(type: "INTEGER", nullable: false),
                    Batches = table.Column<int>(type: "INTEGER", nullable: false),
                    OldestRemaining = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationMilliseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionReportLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionReportLines_RetentionReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "RetentionReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityConflicts_EventId",
                table: "IdentityConflicts",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionReportLines_ReportId_Id",
                table: "RetentionReportLines",
                columns: new[] { "ReportId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RetentionReports_StartedAt",
                table: "RetentionReports",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RetentionReportLines");

            migrationBuilder.DropTable(
                name: "RetentionReports");

            migrationBuilder.DropIndex(
                name: "IX_IdentityConflicts_EventId",
                table: "IdentityConflicts");
        }
    }
}
