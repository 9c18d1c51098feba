using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Four classes kept forever until saved, and the reports the test puts in; records what was saved.</summary>
public sealed class FakeRetentionApi : IRetentionApi
{
    public RetentionSettingsDto Settings { get; set; } = new(
    [
        new("events", "Events", "Stored events.", null),
        new("raw-messages", "Raw messages", "The full messages.", 30),
        new("crm-activities", "CRM notes and activities", "Notes and calls.", null),
        new("destination-ledgers", "Destination ledgers", "What was sent.", null),
    ], 3_650, null, null);

    public List<RetentionReportDto> Reports { get; } = [];

    public List<RetentionSettingsRequest> Saved { get; } = [];

    /// <summary>When set, saving fails with it.</summary>
    public ApiException? SaveError { get; set; }

    public int ReportReads { get; private set; }

    public Task<RetentionSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default) => Task.FromResult(Settings);

    public Task<RetentionSettingsDto> SaveSettingsAsync(RetentionSettingsRequest request, CancellationToken cancellationToken = default)
    {
        if (SaveError is not null)
            throw SaveError;
        Saved.Add(request);
        Settings = Settings with
        {
            Classes = Settings.Classes.Select(c => c with { Days = request.Classes!.FirstOrDefault(l => l!.Class == c.Class)?.Days }).ToList(),
            UpdatedAt = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc),
            UpdatedBy = "admin@localhost",
        };
        return Task.FromResult(Settings);
    }

    public Task<IReadOnlyList<RetentionReportDto>> GetReportsAsync(int limit = 20, CancellationToken cancellationToken = default)
    {
        ReportReads++;
        return Task.FromResult<IReadOnlyList<RetentionReportDto>>(Reports.Take(limit).ToList());
    }

    /// <summary>A finished report purging <paramref name="events"/> events under a 30-day limit.</summary>
    public static RetentionReportDto Report(long id, DateTime startedAt, long events) => new(
        id, $"job-{id}", "Succeeded", startedAt, startedAt.AddSeconds(2), events, null,
    [
        new("events", "Events", 30, startedAt.AddDays(-30), events, events * 2, events > 0 ? 1 : 0, startedAt.AddDays(-29), 1_250, null),
        new("raw-messages", "Raw messages", null, null, 0, 0, 0, startedAt.AddDays(-29), 3, null),
    ]);
}
