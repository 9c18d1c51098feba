using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.SqlServer
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
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MergedAnchorValue",
                table: "ProfileMerges",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SurvivorAnchorType",
                table: "ProfileMerges",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SurvivorAnchorValue",
                table: "ProfileMerges",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DuplicateSuggestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LeftProfileId = table.Column<long>(type: "bigint", nullable: false),
                    RightProfileId = table.Column<long>(type: "bigint", nullable: false),
                    Probability = table.Column<double>(type: "float", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicateSuggestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentityOverrides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    LeftType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    LeftValue = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RightType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    RightValue = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AfterEventId = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
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
