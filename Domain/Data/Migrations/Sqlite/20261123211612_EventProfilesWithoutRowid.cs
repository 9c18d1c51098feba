using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <summary>
    /// EventProfiles holds a row per event and is only ever read by its key, so on SQLite it is stored as the key
    /// itself (WITHOUT ROWID): one B-tree instead of a table plus its primary-key index, about half the writes of a
    /// rebuild. EF has no model setting for this, so a later migration that rebuilds the table must keep the clause
    /// (a test checks it).
    /// </summary>
    public partial class EventProfilesWithoutRowid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_EventProfiles" (
                    "ProfileId" INTEGER NOT NULL,
                    "EventId" INTEGER NOT NULL,
                    CONSTRAINT "PK_EventProfiles" PRIMARY KEY ("ProfileId", "EventId")
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_EventProfiles" ("ProfileId", "EventId") SELECT "ProfileId", "EventId" FROM "EventProfiles";
                DROP TABLE "EventProfiles";
                ALTER TABLE "ef_temp_EventProfiles" RENAME TO "EventProfiles";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_EventProfiles" (
                    "ProfileId" INTEGER NOT NULL,
                    "EventId" INTEGER NOT NULL,
                    CONSTRAINT "PK_EventProfiles" PRIMARY KEY ("ProfileId", "EventId")
                );
                INSERT INTO "ef_temp_EventProfiles" ("ProfileId", "EventId") SELECT "ProfileId", "EventId" FROM "EventProfiles";
                DROP TABLE "EventProfiles";
                ALTER TABLE "ef_temp_EventProfiles" RENAME TO "EventProfiles";
                """);
        }
    }
}
