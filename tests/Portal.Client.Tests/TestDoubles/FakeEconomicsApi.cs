using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// Spend rows in memory (filtered and paged like the server) and settings in a field; each call is recorded, and
/// <c>Refuse…</c> makes the next such call throw. The KPI reads are not faked.
/// </summary>
public sealed class FakeEconomicsApi : IEconomicsApi
{
    private readonly Lock _lock = new();
    private long _nextId = 1;

    public List<SpendRowDto> Spend { get; } = [];

    /// <summary>(from, to, channel, offset, limit) of every list call.</summary>
    public List<(string? From, string? To, string? Channel, int Offset, int Limit)> Listed { get; } = [];

    public List<(long Id, SpendInputDto Row)> Updated { get; } = [];

    public List<long> Deleted { get; } = [];

    public List<SpendBatchDto> Added { get; } = [];

    public List<(string FileName, string Csv)> SpendFiles { get; } = [];

    public List<(string FileName, string Csv)> RevenueFiles { get; } = [];

    public EconomicsSettingsDto Settings { get; set; } = new("USD", "first-touch", new Dictionary<string, decimal> { ["EUR"] = 1.10m },
        [new ChannelRuleDto("Paid Search", ["google"], ["cpc"], null), new ChannelRuleDto("Organic Search", null, null, ["google."])], ["shop.example"]);

    public List<EconomicsSettingsDto> Saved { get; } = [];

    /// <summary>Thrown by the next update, add, import or save (then cleared).</summary>
    public ApiException? Refusal { get; set; }

    public SpendRowDto AddRow(string date, string channel, decimal cost, string currency = "USD", string? campaign = null)
    {
        var row = new SpendRowDto(_nextId++, date, channel, campaign, cost, currency);
        Spend.Add(row);
        return row;
    }

    public Task<SpendPageDto> ListSpendAsync(string? from, string? to, string? channel, int offset, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Listed.Add((from, to, channel, offset, limit));
            var matching = Spend.Where(r => (from is null || string.CompareOrdinal(r.Date, from) >= 0) && (to is null || string.CompareOrdinal(r.Date, to) <= 0)
                                            && (channel is null || string.Equals(r.Channel, channel, StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).ToList();
            return Task.FromResult(new SpendPageDto(matching.Skip(offset).Take(limit).ToList(), matching.Count,
                matching.GroupBy(r => r.Currency).ToDictionary(g => g.Key, g => g.Sum(r => r.Cost))));
        }
    }

    public Task<SpendAddedDto> AddSpendAsync(SpendBatchDto batch, CancellationToken cancellationToken = default)
    {
        Added.Add(batch);
        ThrowRefusal();
        var rows = batch.Rows!.Select(r => AddRow(r.Date!, r.Channel!, r.Cost!.Value, r.Currency!, r.Campaign)).ToList();
        return Task.FromResult(new SpendAddedDto(rows.Count, rows));
    }

    public Task<SpendAddedDto> ImportSpendAsync(string fileName, string csv, CancellationToken cancellationToken = default)
    {
        SpendFiles.Add((fileName, csv));
        ThrowRefusal();
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))
            .Select(c => AddRow(c[0], c[1], decimal.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), c[4].Trim(), c[2])).ToList();
        return Task.FromResult(new SpendAddedDto(rows.Count, rows));
    }

    public Task<SpendRowDto> UpdateSpendAsync(long id, SpendInputDto row, CancellationToken cancellationToken = default)
    {
        Updated.Add((id, row));
        ThrowRefusal();
        var index = Spend.FindIndex(r => r.Id == id);
        Spend[index] = new SpendRowDto(id, row.Date!, row.Channel!, row.Campaign, row.Cost!.Value, row.Currency!);
        return Task.FromResult(Spend[index]);
    }

    public Task DeleteSpendAsync(long id, CancellationToken cancellationToken = default)
    {
        Deleted.Add(id);
        Spend.RemoveAll(r => r.Id == id);
        return Task.CompletedTask;
    }

    public Task<RevenueImportDto> ImportRevenueAsync(string fileName, string csv, CancellationToken cancellationToken = default)
    {
        RevenueFiles.Add((fileName, csv));
        ThrowRefusal();
        return Task.FromResult(new RevenueImportDto(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1));
    }

    public Task<EconomicsSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Settings);

    public Task<EconomicsSettingsDto> SaveSettingsAsync(EconomicsSettingsDto settings, CancellationToken cancellationToken = default)
    {
        Saved.Add(settings);
        ThrowRefusal();
        Settings = settings;
        return Task.FromResult(settings);
    }

    public Task<EconomicsSummaryDto> SummaryAsync(string? from, string? to, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<CacReportDto> CacAsync(string? from, string? to, string? groupBy, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private void ThrowRefusal()
    {
        if (Refusal is { } refusal)
        {
            Refusal = null;
            throw refusal;
        }
    }
}
