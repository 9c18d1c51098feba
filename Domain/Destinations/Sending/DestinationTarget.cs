namespace Lodestar.Domain.Destinations.Sending;

/// <summary>A destination as a sender sees it: settings and decrypted secrets by key.</summary>
public sealed record DestinationTarget(
    long Id,
    string Name,
    DestinationType Type,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Secrets,
    int BatchSize,
    double? RequestsPerSecond = null)
{
    public string? Setting(string key) => Settings.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public string? Secret(string key) => Secrets.TryGetValue(key, out var v) && !string.IsNullOrEmpty(v) ? v : null;
}
