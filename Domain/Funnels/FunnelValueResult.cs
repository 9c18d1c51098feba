namespace Lodestar.Domain.Funnels;

/// <summary>The value property over the <see cref="Conversions"/> conversions whose last step carried a number in it.</summary>
public sealed record FunnelValueResult(string Property, long Conversions, double Sum, double Average);
