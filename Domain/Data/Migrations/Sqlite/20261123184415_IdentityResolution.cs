using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentityResolution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeviceId",
                table: "Events",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExternalIds",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Events",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventProfiles",
                columns: table => new
                {
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventProfiles", x => new { x.ProfileId, x.EventId });
                });

            migrationBuilder.CreateTable(
                name: "IdentityConflicts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: true),
                    IdentifierType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentifierValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityConflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfileIdentifiers",
                columns: table => new
                {
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileIdentifiers", x => new { x.Type, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "ProfileMerges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurvivorId = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedId = table.Column<long>(type: "INTEGER", nullable: false),
                    IdentifierType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentifierValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileMerges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Profiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EventCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentifierCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfileTraits",
                columns: table => new
                {
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EventId = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileTraits", x => new { x.ProfileId, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityConflicts_ProfileId",
                table: "IdentityConflicts",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileIdentifiers_ProfileId",
                table: "ProfileIdentifiers",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileIdentifiers_Value",
                table: "ProfileIdentifiers",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileMerges_MergedId",
                table: "ProfileMerges",
                column: "MergedId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileMerges_SurvivorId",
                table: "ProfileMerges",
                column: "SurvivorId");

            migrationBuilder.CreateIndex(
                name: "IX_Profiles_MergedIntoId_LastSeenAt",
                table: "Profiles",
                columns: new[] { "MergedIntoId", "LastSeenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventProfiles");

            migrationBuilder.DropTable(
                name: "IdentityConflicts");

            migrationBuilder.DropTable(
                name: "ProfileIdentifiers");

            migrationBuilder.DropTable(
                name: "ProfileMerges");

            migrationBuilder.DropTable(
                name: "Profiles");

            migrationBuilder.DropTable(
                name: "ProfileTraits");

            migrationBuilder.DropColumn(
                name: "DeviceId",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ExternalIds",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Events");
        }
    }
}
