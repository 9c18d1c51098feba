namespace Lodestar.Portal.Client.Features.Crm.Import;

/// <summary>An import to run or preview: <see cref="Kind"/> is contacts, accounts or deals; a null mapping maps columns by name.</summary>
public sealed record ImportRequest(string Kind, string FileName, string Csv, IReadOnlyDictionary<string, string>? Mapping, bool Preview);
