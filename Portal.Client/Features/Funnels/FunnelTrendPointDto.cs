namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>People (or attempts) entering in the period starting <see cref="PeriodStart"/>, and how many of those converted.</summary>
public sealed record FunnelTrendPointDto(DateOnly PeriodStart, long Entered, long Converted, double ConversionRate);
