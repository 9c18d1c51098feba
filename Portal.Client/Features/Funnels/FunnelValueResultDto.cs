namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>The value property over conversions that carried a number in it (<see cref="Conversions"/> of them).</summary>
public sealed record FunnelValueResultDto(string Property, long Conversions, double Sum, double Average);
