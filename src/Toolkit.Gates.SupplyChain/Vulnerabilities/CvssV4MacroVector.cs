namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>The CVSS v4.0 macrovector: the six equivalence classes EQ1..EQ6 (§8.2), each a digit, 0 the most severe.</summary>
internal static class CvssV4MacroVector
{
    public static string Of(CvssV4Vector vector)
    {
        string E(string metric) => vector.Effective(metric);

        var (av, pr, ui) = (E("AV"), E("PR"), E("UI"));

        // EQ1: 0 AV:N and PR:N and UI:N; 1 one of them N, but not AV:P; 2 AV:P or none of them N.
        var eq1 = av == "N" && pr == "N" && ui == "N" ? 0 : (av == "N" || pr == "N" || ui == "N") && av != "P" ? 1 : 2;

        // EQ2: 0 AC:L and AT:N; 1 otherwise.
        var eq2 = E("AC") == "L" && E("AT") == "N" ? 0 : 1;

        // EQ3: 0 VC:H and VI:H; 1 one of VC, VI, VA high; 2 none high.
        var (vc, vi, va) = (E("VC"), E("VI"), E("VA"));
        var eq3 = vc == "H" && vi == "H" ? 0 : vc == "H" || vi == "H" || va == "H" ? 1 : 2;

        // EQ4: 0 MSI:S or MSA:S (safety); 1 one of SC, SI, SA high; 2 otherwise.
        var eq4 = E("MSI") == "S" || E("MSA") == "S" ? 0 : E("SC") == "H" || E("SI") == "H" || E("SA") == "H" ? 1 : 2;

        // EQ5: exploit maturity A, P, U (an undefined E counts as A).
        var eq5 = E("E") switch { "A" => 0, "P" => 1, _ => 2 };

        // EQ6: 0 a high impact on a property with a high requirement; 1 otherwise.
        var eq6 = (E("CR") == "H" && vc == "H") || (E("IR") == "H" && vi == "H") || (E("AR") == "H" && va == "H") ? 0 : 1;

        return $"{eq1}{eq2}{eq3}{eq4}{eq5}{eq6}";
    }
}
