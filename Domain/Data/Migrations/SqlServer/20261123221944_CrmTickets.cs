using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Subject = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AssigneeId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ContactId = table.Column<long>(type: "bigint", nullable: true),
                    AccountId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SolvedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
