using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.SqlServer
{
    /// <summary>
    /// The SQLite set stores EventProfiles WITHOUT ROWID in this step; on SQL Server the table is already clustered on
    /// its key, so there is nothing to change. Kept so that both sets take the same steps.
    /// </summary>
    public partial class EventProfilesWithoutRowid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
