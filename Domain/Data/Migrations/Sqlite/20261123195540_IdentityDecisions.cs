using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentityDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MergedAnchorType",
                table: "ProfileMerges",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MergedAnchorValue",
                table: "ProfileMerges",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SurvivorAnchorType",
                table: "ProfileMerges",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SurvivorAnchorValue",
                table: "ProfileMerges",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DuplicateSuggestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeftProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    RightProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    Probability = table.Column<double>(type: "REAL", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateSuggestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentityOverrides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LeftValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RightValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AfterEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityOverrides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateSuggestions_LeftProfileId_RightProfileId",
                table: "DuplicateSuggestions",
                columns: new[] { "LeftProfileId", "RightProfileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DuplicateSuggestions_Status_Probability",
                table: "DuplicateSuggestions",
                columns: new[] { "Status", "Probability" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuplicateSuggestions");

            migrationBuilder.DropTable(
                name: "IdentityOverrides");

            migrationBuilder.DropColumn(
                name: "MergedAnchorType",
                table: "ProfileMerges");

            migrationBuilder.DropColumn(
                name: "MergedAnchorValue",
                table: "ProfileMerges");

            migrationBuilder.DropColumn(
                name: "SurvivorAnchorType",
                table: "ProfileMerges");

            migrationBuilder.DropColumn(
                name: "SurvivorAnchorValue",
                table: "ProfileMerges");
        }
    }
}
