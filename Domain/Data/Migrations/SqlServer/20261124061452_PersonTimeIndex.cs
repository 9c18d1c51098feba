using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PersonTimeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SegmentEvents_ProfileId_Timestamp_EventId",
                table: "SegmentEvents",
                columns: new[] { "ProfileId", "Timestamp", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SegmentEvents_ProfileId_Timestamp_EventId",
                table: "SegmentEvents");
        }
    }
}
