using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CrmTickets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "CrmTickets");
        }
    }
}
