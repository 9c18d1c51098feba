using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lodestar.Domain.Data.Migrations.SqlServer
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
                    ProfileId = table.Column<long>(type: "bigint", nullable: false),
                    FirstPurchaseAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastPurchaseAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CohortMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Orders = table.Column<int>(type: "int", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    PredictedClv = table.Column<long>(type: "bigint", nullable: true),
                    ProbabilityAlive = table.Column<double>(type: "float", nullable: true),
                    ExpectedPurchases52Weeks = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerEconomics", x => x.ProfileId);
                });

            migrationBuilder.CreateTable(
                name: "CustomerMonthRevenues",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    ProfileId = table.Column<long>(type: "bigint", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    Orders = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerMonthRevenues", x => new { x.Month, x.ProfileId });
                });

            migrationBuilder.CreateTable(
                name: "EconomicsCohortCells",
                columns: table => new
                {
                    CohortMonth = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MonthIndex = table.Column<int>(type: "int", nullable: false),
                    Customers = table.Column<int>(type: "int", nullable: false),
                    ActiveCustomers = table.Column<int>(type: "int", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicsCohortCells", x => new { x.CohortMonth, x.Channel, x.MonthIndex });
                });

            migrationBuilder.CreateTable(
                name: "EconomicsSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Attribution = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Customers = table.Column<int>(type: "int", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    DuplicateOrders = table.Column<int>(type: "int", nullable: false),
                    UnconvertedEntries = table.Column<int>(type: "int", nullable: false),
                    MissingCurrencies = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ClvModel = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicsSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeRates",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Rate = table.Column<decimal>(type: "decimal(19,9)", precision: 19, scale: 9, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeRates", x => x.Currency);
                });

            migrationBuilder.CreateTable(
                name: "ImportedTransactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrderId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    IdentifierType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdentifierValue = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedTransactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketingSpend",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Campaign = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Cost = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
