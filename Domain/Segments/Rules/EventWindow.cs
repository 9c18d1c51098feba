namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// When the counted events happened: within the last <see cref="LastDays"/> days (of the evaluation time), or from
/// <see cref="From"/> to <see cref="To"/> (whole UTC days, both included). No window means ever.
/// </summary>
public sealed record EventWindow(int? LastDays = null, DateOnly? From = null, DateOnly? To = null);
