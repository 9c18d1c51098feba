namespace Lodestar.Domain.Insights;

/// <param name="QueryJson">The query as the API takes it.</param>
/// <param name="QueryProblems">
/// What is wrong with the query as a funnel or paths question, keyed by its JSON path under <c>query.</c>: the caller
/// that reads the API's query checks it, and the problems are reported with the other fields'.
/// </param>
public sealed record InsightFields(string? Name, InsightKind Kind, string? QueryJson,
    IReadOnlyDictionary<string, string[]>? QueryProblems = null);
