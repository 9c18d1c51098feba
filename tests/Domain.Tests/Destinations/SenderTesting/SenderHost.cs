using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Destinations.SenderTesting;

/// <summary>
/// The destination services as the app registers them (AddDestinations), with retries shortened so a test waits
/// milliseconds, not seconds, and the file root in a temporary folder.
/// </summary>
public sealed class SenderHost : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();

    public SenderHost(TimeSpan? maxRetryDelay = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Destinations:MaxRetries"] = "3",
            ["Destinations:RetryBaseDelay"] = "00:00:00.010",
            ["Destinations:MaxRetryDelay"] = (maxRetryDelay ?? TimeSpan.FromSeconds(3)).ToString("c"),
            ["Destinations:AttemptTimeout"] = "00:00:10",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDestinations(configuration, _folder.Path);
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    /// <summary>Where file destinations write (the data folder's destinations folder).</summary>
    public string FileRoot => Path.Combine(_folder.Path, "destinations");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static DestinationTarget Target(DestinationType type, IDictionary<string, string> settings, IDictionary<string, string>? secrets = null,
        double? requestsPerSecond = null) =>
        new(7, "Test destination", type, new Dictionary<string, string>(settings), new Dictionary<string, string>(secrets ?? new Dictionary<string, string>()),
            100, requestsPerSecond);

    public static AudienceBatch Batch(params AudienceRecord[] records) => Batch(41, 3, records);

    public static AudienceBatch Batch(long runId, int number, params AudienceRecord[] records) =>
        new(runId, number, $"lodestar-run-{runId}-batch-{number}", 5, 9, "Trial users", new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc), records);

    public static AudienceRecord Add(long ledgerId, string? email = null, string? phone = null, IDictionary<string, string?>? fields = null) =>
        Record(ledgerId, LedgerAction.Add, email, phone, fields);

    public static AudienceRecord Remove(long ledgerId, string? email = null, string? phone = null, IDictionary<string, string?>? fields = null) =>
        Record(ledgerId, LedgerAction.Remove, email, phone, fields);

    private static AudienceRecord Record(long ledgerId, LedgerAction action, string? email, string? phone, IDictionary<string, string?>? fields)
    {
        var identifiers = new Dictionary<string, IReadOnlyList<string>> { ["user_id"] = [$"u{ledgerId}"] };
        if (email is not null)
            identifiers["email"] = [email];
        if (phone is not null)
            identifiers["phone"] = [phone];
        return new AudienceRecord(ledgerId, 1000 + ledgerId, action, identifiers,
            new Dictionary<string, string?>(fields ?? new Dictionary<string, string?>()));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
