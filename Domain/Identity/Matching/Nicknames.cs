namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// Common English given-name diminutives (Joe = Joseph, Bill = William). Small on purpose: a long list starts
/// equating different people (Al = Albert, Alan, Alfred...), and the string comparators already catch most variants.
/// </summary>
public static class Nicknames
{
    private static readonly string[][] Groups =
    [
        ["joseph", "joe", "joey", "jo"], ["william", "bill", "billy", "will", "willy", "liam"],
        ["robert", "bob", "bobby", "rob", "robbie", "bert"], ["richard", "dick", "rick", "ricky", "rich", "richie"],
        ["james", "jim", "jimmy", "jamie"], ["john", "jack", "johnny", "jon"], ["michael", "mike", "mick", "mickey"],
        ["thomas", "tom", "tommy"], ["charles", "charlie", "chuck", "chas"], ["edward", "ed", "eddie", "ted", "ned"],
        ["anthony", "tony"], ["daniel", "dan", "danny"], ["david", "dave", "davy"], ["matthew", "matt"],
        ["christopher", "chris", "kit"], ["christine", "chris", "chrissy", "tina"], ["alexander", "alex", "sandy"],
        ["alexandra", "alex", "sandra", "sandy"], ["benjamin", "ben", "benny"], ["samuel", "sam", "sammy"],
        ["samantha", "sam", "sammy"], ["nicholas", "nick", "nicky"], ["stephen", "steve", "stevie"],
        ["steven", "steve", "stevie"], ["andrew", "andy", "drew"], ["peter", "pete"], ["timothy", "tim", "timmy"],
        ["jonathan", "jon", "jonny"], ["patrick", "pat", "paddy"], ["patricia", "pat", "patty", "trish"],
        ["elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby"], ["margaret", "maggie", "meg", "peggy", "marge"],
        ["katherine", "kate", "kathy", "katie", "kat"], ["catherine", "cathy", "kate", "katie", "cat"],
        ["jennifer", "jen", "jenny"], ["rebecca", "becky", "becca"], ["deborah", "deb", "debbie"],
        ["susan", "sue", "susie"], ["jessica", "jess", "jessie"], ["victoria", "vicky", "tori"],
        ["abigail", "abby"], ["gregory", "greg"], ["jeffrey", "jeff"], ["kenneth", "ken", "kenny"],
        ["ronald", "ron", "ronnie"], ["donald", "don", "donnie"], ["lawrence", "larry"], ["frederick", "fred", "freddie"],
        ["henry", "harry", "hank"], ["zachary", "zach", "zack"], ["joshua", "josh"], ["nathan", "nate"],
        ["nathaniel", "nate", "nat"], ["jacob", "jake"], ["theodore", "theo", "ted", "teddy"], ["vincent", "vince"],
    ];

    private static readonly Dictionary<string, int[]> GroupsByName = Index();

    /// <summary>True when both names are forms of one given name (not when they are merely equal).</summary>
    public static bool AreEquivalent(string a, string b)
    {
        if (!GroupsByName.TryGetValue(a, out var first) || !GroupsByName.TryGetValue(b, out var second))
            return false;
        foreach (var group in first)
        {
            if (Array.IndexOf(second, group) >= 0)
                return true;
        }

        return false;
    }

    private static Dictionary<string, int[]> Index()
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var name in Groups[g])
            {
                if (!lists.TryGetValue(name, out var list))
                    lists[name] = list = [];
                list.Add(g);
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
