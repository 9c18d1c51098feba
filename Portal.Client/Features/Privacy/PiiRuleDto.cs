namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>A PII rule: a dotted path into messages (<c>properties.ssn</c>) and <c>drop</c> or <c>hash</c>.</summary>
public sealed record PiiRuleDto(string? Path, string? Action);
