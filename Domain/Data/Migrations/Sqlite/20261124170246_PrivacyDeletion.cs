using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivacyDeletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeletionRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdentifierType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentifierValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ValueHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JobId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", nullable: true),
                    Receipt = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeletionRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SuppressedIdentifiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdentifierType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValueHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DeletionRequestId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuppressedIdentifiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SuppressedMessageDailyCounts",
                columns: table => new
                {
                    Day = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuppressedMessageDailyCounts", x => x.Day);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SegmentMembershipChanges_ProfileId",
                table: "SegmentMembershipChanges",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRequests_Status",
                table: "DeletionRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DeletionRequests_ValueHash_Status",
                table: "DeletionRequests",
                columns: new[] { "ValueHash", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SuppressedIdentifiers_ValueHash",
                table: "SuppressedIdentifiers",
                column: "ValueHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeletionRequests");

            migrationBuilder.DropTable(
                name: "SuppressedIdentifiers");

            migrationBuilder.DropTable(
                name: "SuppressedMessageDailyCounts");

            migrationBuilder.DropIndex(
                name: "IX_SegmentMembershipChanges_ProfileId",
                table: "SegmentMembershipChanges");
        }
    }
}
