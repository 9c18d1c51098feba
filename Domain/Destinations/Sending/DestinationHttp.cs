using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// The HTTP client every sender uses (<c>IHttpClientFactory.CreateClient(DestinationHttp.ClientName)</c>): each request
/// is retried after a 5xx, 408, 429 or network error with exponential backoff and jitter, waits out a 429's
/// Retry-After, and gives up on an attempt after <see cref="DestinationOptions.AttemptTimeout"/>.
/// </summary>
public static class DestinationHttp
{
    public const string ClientName = "destinations";

    internal static IServiceCollection AddDestinationHttp(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("destination-retries", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<DestinationOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(0, options.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }
}
