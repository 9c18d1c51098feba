namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>Fitted BG/NBD parameters (α in the request's time unit) and the log-likelihood at them.</summary>
public sealed record BgNbdFitDto(double R, double Alpha, double A, double B, double LogLikelihood);
