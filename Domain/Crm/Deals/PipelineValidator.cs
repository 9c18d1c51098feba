using System.Globalization;

namespace Lodestar.Domain.Crm.Deals;

/// <summary>Checks a pipeline's name and stages: named, unique, probabilities in 0–100, at least one open stage.</summary>
public static class PipelineValidator
{
    /// <exception cref="DomainValidationException">Every wrong field, stages as <c>stages[i].name</c> and so on.</exception>
    public static PipelineFields Normalize(PipelineFields input)
    {
        var errors = new Dictionary<string, string[]>();
        var name = CrmFieldRules.Text(errors, "name", "a pipeline name", input.Name, DealLimits.StageName, required: true);
        var stages = input.Stages ?? [];
        if (stages.Count is 0 or > DealLimits.MaxStages)
            CrmFieldRules.Add(errors, "stages", $"A pipeline has 1 to {DealLimits.MaxStages} stages.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<StageFields>();
        for (var i = 0; i < stages.Count; i++)
        {
            var key = $"stages[{i.ToString(CultureInfo.InvariantCulture)}]";
            var stageName = CrmFieldRules.Text(errors, key + ".name", "a stage name", stages[i].Name, DealLimits.StageName, required: true);
            if (stageName is not null && !seen.Add(stageName))
                CrmFieldRules.Add(errors, key + ".name", $"There is already a stage called '{stageName}' in this pipeline.");
            if (stages[i].Probability is < 0 or > 100)
                CrmFieldRules.Add(errors, key + ".probability", "The probability is a percentage from 0 to 100.");
            if (!Enum.IsDefined(stages[i].Outcome))
                CrmFieldRules.Add(errors, key + ".outcome", "The outcome is open, won or lost.");
            result.Add(stages[i] with { Name = stageName });
        }

        if (stages.Count > 0 && stages.All(s => s.Outcome != StageOutcome.Open) && !errors.Keys.Any(k => k.EndsWith(".outcome", StringComparison.Ordinal)))
            CrmFieldRules.Add(errors, "stages", "Give the pipeline at least one open stage, where new deals start.");
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return new PipelineFields(name, result);
    }
}
