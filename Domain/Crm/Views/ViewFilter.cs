namespace Lodestar.Domain.Crm.Views;

/// <summary>One property of a list's query as the list API names it, what it holds, and its choices or sort keys.</summary>
internal sealed record ViewFilter(string Name, ViewFilterType Type, IReadOnlyList<string>? Choices = null)
{
    public static ViewFilter Text(string name) => new(name, ViewFilterType.Text);

    public static ViewFilter Id(string name) => new(name, ViewFilterType.Id);

    public static ViewFilter Names<T>(string name, ViewFilterType type) where T : struct, Enum =>
        new(name, type, [.. Enum.GetNames<T>().Select(n => n.ToLowerInvariant())]);
}
