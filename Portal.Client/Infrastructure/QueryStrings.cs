namespace Lodestar.Portal.Client.Infrastructure;

/// <summary>Query strings for the API's GET requests: the parameters that have a value, escaped, joined with '&amp;'.</summary>
public static class QueryStrings
{
    public static string Of(params (string Name, object? Value)[] parameters) =>
        string.Join('&', parameters
            .Select(p => (p.Name, Text: Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Text!)));
}
