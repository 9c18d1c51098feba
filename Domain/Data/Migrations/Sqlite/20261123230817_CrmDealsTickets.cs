using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CrmDealsTickets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrmPipelines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmPipelines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmTickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ContactId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmTickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmTickets_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CrmTickets_CrmAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CrmAccounts",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CrmPipelineStages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PipelineId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Probability = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmPipelineStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmPipelineStages_CrmPipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalTable: "CrmPipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmDeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PipelineId = table.Column<long>(type: "INTEGER", nullable: false),
                    StageId = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    CloseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Probability = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    ContactId = table.Column<long>(type: "INTEGER", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StageChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDeals_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CrmAccounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmPipelineStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CrmPipelineStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmPipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalTable: "CrmPipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "CrmPipelines",
                columns: new[] { "Id", "CreatedAt", "Name", "Position" },
                values: new object[] { 1L, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Sales", 0 });

            migrationBuilder.InsertData(
                table: "CrmPipelineStages",
                columns: new[] { "Id", "Name", "Outcome", "PipelineId", "Position", "Probability" },
                values: new object[,]
                {
                    { 1L, "Qualified", "Open", 1L, 0, 10 },
                    { 2L, "Discovery", "Open", 1L, 1, 25 },
                    { 3L, "Proposal", "Open", 1L, 2, 50 },
                    { 4L, "Negotiation", "Open", 1L, 3, 75 },
                    { 5L, "Closed won", "Won", 1L, 4, 100 },
                    { 6L, "Closed lost", "Lost", 1L, 5, 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_AccountId",
                table: "CrmDeals",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ContactId",
                table: "CrmDeals",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId",
                table: "CrmDeals",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId_Name",
                table: "CrmDeals",
                columns: new[] { "PipelineId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId_StageChangedAt",
                table: "CrmDeals",
                columns: new[] { "StageId", "StageChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmPipelineStages_PipelineId_Position",
                table: "CrmPipelineStages",
                columns: new[] { "PipelineId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmTickets_AccountId",
                table: "CrmTickets",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmTickets_AssigneeId",
                table: "CrmTickets",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmTickets_ContactId",
                table: "CrmTickets",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmTickets_Status_DueAt",
                table: "CrmTickets",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmDeals");

            migrationBuilder.DropTable(
                name: "CrmTickets");

            migrationBuilder.DropTable(
                name: "CrmPipelineStages");

            migrationBuilder.DropTable(
                name: "CrmPipelines");
        }
    }
}
