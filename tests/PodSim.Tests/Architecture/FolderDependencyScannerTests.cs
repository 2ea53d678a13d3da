namespace PodSim.Tests.Architecture;

public class FolderDependencyScannerTests
{
    private static string[] Uses(string source, string folder = "Engine") => [.. FolderDependencyScanner.FoldersUsed(source, folder)];

    [Fact]
    public void Using_directives_of_every_form_count()
    {
        const string source = """
            using System.Text;
            using PodSim.Model;
            using static PodSim.Kubelet.PodPhaseRules;
            using Loader = PodSim.Manifests.ManifestLoader;
            global using PodSim.Qos;
            using global::PodSim.Printing;
            namespace PodSim.Engine;
            """;

        Uses(source).Should().Equal("Kubelet", "Manifests", "Model", "Printing", "Qos");
    }

    [Fact]
    public void Qualified_names_in_code_count_whether_full_global_or_partial()
    {
        const string source = """
            namespace PodSim.Engine;
            class C
            {
                PodSim.Model.Pod? a;
                global::PodSim.Validation.FieldError? b;
                Scheduling.Framework.IFilterPlugin? c;
                object D() => Admission.PodAdmission.Run();
            }
            """;

        Uses(source).Should().Equal("Admission", "Model", "Scheduling", "Validation");
    }

    [Fact]
    public void The_own_folder_and_its_own_namespace_do_not_count()
    {
        const string source = """
            using PodSim.Engine;
            namespace PodSim.Engine;
            class C { Engine.Agenda? a; PodSim.Simulation? s; }
            """;

        Uses(source).Should().BeEmpty();
    }

    [Fact]
    public void A_namespace_of_another_folder_counts_for_a_file_outside_it()
    {
        Uses("namespace PodSim.Model;\nclass C { }", folder: "Kubelet").Should().Equal("Model");
        Uses("namespace PodSim.Controllers.Runtime;\nclass C { }", folder: "Controllers").Should().BeEmpty();
    }

    [Fact]
    public void Comments_and_strings_do_not_count()
    {
        const string source = """"
            namespace PodSim.Engine;
            // using PodSim.Model;
            /* Kubelet.PodWorker */
            /// <see cref="Manifests.ManifestNode"/>
            class C
            {
                string a = "Printing.PodRowBuilder";
                string b = @"Qos.QosRules "" Admission.X";
                string c = """
                    Scheduling.KubeScheduler
                    """;
                char d = '"';
                string e = "Validation.\"Field\" Defaulting.X";
                string f = $"{{Scenarios.X}}";
            }
            """";

        Uses(source).Should().BeEmpty();
    }

    [Fact]
    public void Code_in_interpolation_holes_counts()
    {
        const string source = """"
            namespace PodSim.Engine;
            class C
            {
                string a = $"at {Manifests.ModelWriter.FormatTime(t):yyyy} {"Qos.X"}";
                string b = $@"{Printing.Cells.None}";
                string c = $$"""{ {{Kubelet.BackOff.Initial}} }""";
            }
            """";

        Uses(source).Should().Equal("Kubelet", "Manifests", "Printing");
    }

    [Fact]
    public void Member_accesses_that_share_a_folders_name_do_not_count()
    {
        const string source = """
            namespace PodSim.Engine;
            class C
            {
                object A(RuntimeClass rc) => rc.Scheduling.Tolerations;
                object B(Sim s) => s.Model.Pods;
                object C2 => ModelShape.Of(x);
                object D => new Scheduling { NodeSelector = null };
            }
            """;

        Uses(source).Should().BeEmpty();
    }

    [Fact]
    public void Stripping_keeps_line_breaks_and_code()
    {
        var stripped = FolderDependencyScanner.StripCommentsAndStrings("a = \"x\"; // c\nb = 'y'; /* d\n e */ f");

        stripped.Should().Be("a =    ;     \nb =    ;     \n      f");
    }

    [Fact]
    public void A_graph_reports_each_pair_that_uses_each_other_once_with_its_files()
    {
        var graph = new FolderGraph();
        graph.AddFile("Engine/A.cs", "Engine", ["Kubelet", "Model"]);
        graph.AddFile("Kubelet/B.cs", "Kubelet", ["Engine"]);
        graph.AddFile("Kubelet/C.cs", "Kubelet", ["Engine", "Model"]);
        graph.AddFile("Model/D.cs", "Model", []);

        graph.MutualPairs().Should().Equal("Engine <-> Kubelet");
        graph.Evidence("Kubelet", "Engine").Should().Be("Kubelet -> Engine: Kubelet/B.cs, Kubelet/C.cs");
        graph.UsedBy("Model").Should().BeEmpty();
        graph.FileCount.Should().Be(4);
    }
}
