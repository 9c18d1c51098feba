namespace Lodestar.Domain.Destinations;

/// <summary>How syncs behave (<c>Destinations</c> section): batches, HTTP retries, the circuit breaker, where files go.</summary>
public sealed class DestinationOptions
{
    public int DefaultBatchSize { get; set; } = 1000;

    /// <summary>Retries of one HTTP request after a 5xx, 408, 429 or a network error (exponential backoff with jitter).</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between retries, a 429's Retry-After included.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A run stops sending after this many batches failed in a row (the rest is retried next run).</summary>
    public int FailedBatchesBeforeStop { get; set; } = 3;

    /// <summary>Failed runs in a row after which the destination is paused until someone resumes it.</summary>
    public int FailedRunsBeforePause { get; set; } = 3;

    /// <summary>
    /// The folder file destinations (CSV files, ad-platform upload files) write under; their own folder setting is
    /// relative to it and cannot leave it. Empty: <c>destinations</c> in the app's data folder; a relative path is
    /// taken from the data folder.
    /// </summary>
    public string? FileRoot { get; set; }
}
