using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeanEventIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_AnonymousId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_Name",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_Timestamp",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_UserId",
                table: "Events");

            migrationBuilder.CreateTable(
                name: "EventDailyCounts",
                columns: table => new
                {
                    Day = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventDailyCounts", x => new { x.Day, x.Type });
                });

            // The counts of events stored before this migration.
            migrationBuilder.Sql("""
                INSERT INTO [EventDailyCounts] ([Day], [Type], [Count])
                SELECT CAST(CAST([Timestamp] AS date) AS datetime2), [Type], COUNT_BIG(*) FROM [Events]
                GROUP BY CAST([Timestamp] AS date), [Type];
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventDailyCounts");

            migrationBuilder.CreateIndex(
                name: "IX_Events_AnonymousId",
                table: "Events",
                column: "AnonymousId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Name",
                table: "Events",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Timestamp",
                table: "Events",
                column: "Timestamp");

            migrationBuilder.CreateIndex(
                name: "IX_Events_UserId",
                table: "Events",
                column: "UserId");
        }
    }
}
