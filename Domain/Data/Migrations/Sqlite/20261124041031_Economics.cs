using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Economics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomerEconomics",
                columns: table => new
                {
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstPurchaseAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPurchaseAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CohortMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false),
                    PredictedClv = table.Column<long>(type: "INTEGER", nullable: true),
                    ProbabilityAlive = table.Column<double>(type: "REAL", nullable: true),
                    ExpectedPurchases52Weeks = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerEconomics", x => x.ProfileId);
                });

            migrationBuilder.CreateTable(
                name: "CustomerMonthRevenues",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerMonthRevenues", x => new { x.Month, x.ProfileId });
                });

            migrationBuilder.CreateTable(
                name: "EconomicsCohortCells",
                columns: table => new
                {
                    CohortMonth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MonthIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Customers = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveCustomers = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicsCohortCells", x => new { x.CohortMonth, x.Channel, x.MonthIndex });
                });

            migrationBuilder.CreateTable(
                name: "EconomicsSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Attribution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Customers = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false),
                    DuplicateOrders = table.Column<int>(type: "INTEGER", nullable: false),
                    UnconvertedEntries = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingCurrencies = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ClvModel = table.Column<string>(type: "TEXT", nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicsSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeRates",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 19, scale: 9, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRates", x => x.Currency);
                });

            migrationBuilder.CreateTable(
                name: "ImportedTransactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    IdentifierType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentifierValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedTransactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketingSpend",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Campaign = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Cost = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketingSpend", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerEconomics_CohortMonth_Channel",
                table: "CustomerEconomics",
                columns: new[] { "CohortMonth", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedTransactions_OrderId_Kind",
                table: "ImportedTransactions",
                columns: new[] { "OrderId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarketingSpend_Date",
                table: "MarketingSpend",
                column: "Date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerEconomics");

            migrationBuilder.DropTable(
                name: "CustomerMonthRevenues");

            migrationBuilder.DropTable(
                name: "EconomicsCohortCells");

            migrationBuilder.DropTable(
                name: "EconomicsSnapshots");

            migrationBuilder.DropTable(
                name: "ExchangeRates");

            migrationBuilder.DropTable(
                name: "ImportedTransactions");

            migrationBuilder.DropTable(
                name: "MarketingSpend");
        }
    }
}
