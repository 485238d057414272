package dev.catalog.system.kubernetes;

import dev.catalog.testing.ProjectFiles;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster runs here, so deploy/kubernetes is read with Kubernetes' own model classes (fabric8): a
 * field Kubernetes does not know fails, and what the manifests promise is held against what the
 * services really read (their environment variables, ports, probe paths, drain times).
 */
class KubernetesManifestsTest {

    private static final Path ROOT = ProjectFiles.find("deploy/kubernetes").getParent().getParent();
    private static final Path BASE = ROOT.resolve("deploy/kubernetes/base");
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final Map<String, String> SERVICE_CONFIG = Map.of(
            "admin-service", "admin-service/src/main/resources/application.yml",
            "public-api", "public-api/src/main/resources/application.yml");
    private static final Map<String, String> PORT_VARIABLE = Map.of("admin-service", "ADMIN_PORT", "public-api", "PUBLIC_PORT");

    @Test
    void everyManifestIsAKubernetesObjectWithNoUnknownField() throws IOException {
        List<HasMetadata> objects = base();

        assertThat(objects).extracting(HasMetadata::getKind).contains("Deployment", "Service", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "Ingress", "Secret", "Cluster");
        for (HasMetadata object : objects) {
            if (object.getKind().equals("Cluster")) {
                continue; // a CloudNativePG custom resource: checked on its own below
            }
            assertThat(object).as(object.getKind() + " " + object.getMetadata().getName())
                    .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(unknownFields(object, object.getKind() + "/" + object.getMetadata().getName()))
                    .as("fields Kubernetes does not know").isEmpty();
        }
    }

    @Test
    void deploymentsReadOnlyWhatTheServicesReadAndProbeTheirRealEndpoints() throws IOException {
        for (Deployment deployment : of(base(), Deployment.class)) {
            String name = deployment.getMetadata().getName();
            if (!SERVICE_CONFIG.containsKey(name)) {
                continue;
            }
            // JAVA_TOOL_OPTIONS is not among them: the image's own, benchmarked ones run (ShippedJvmOptionsTest).
            Set<String> read = variablesRead(ROOT.resolve(SERVICE_CONFIG.get(name)));
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, String> env = new java.util.HashMap<>();
            for (EnvVar variable : container.getEnv()) {
                assertThat(read).as(name + " reads " + variable.getName()).contains(variable.getName());
                env.put(variable.getName(), variable.getValue());
            }
            int port = Integer.parseInt(env.get(PORT_VARIABLE.get(name)));
            int managementPort = Integer.parseInt(env.get("MANAGEMENT_PORT"));
            assertThat(container.getPorts()).satisfiesExactly(
                    http -> assertThat(http.getName() + ":" + http.getContainerPort()).isEqualTo("http:" + port),
                    management -> assertThat(management.getName() + ":" + management.getContainerPort())
                            .isEqualTo("management:" + managementPort));
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations())
                    .as(name + ": Prometheus scrapes the management port")
                    .containsEntry("prometheus.io/port", Integer.toString(managementPort));
            assertProbe(container.getStartupProbe(), "/health/readiness");
            assertProbe(container.getReadinessProbe(), "/health/readiness");
            assertProbe(container.getLivenessProbe(), "/health/liveness");

            long drainSeconds = Duration.parse(env.get("SHUTDOWN_READINESS_DELAY")).plus(Duration.parse(env.get("SHUTDOWN_GRACE_PERIOD"))).toSeconds();
            assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                    .as(name + ": the kubelet must wait longer than the service drains").isGreaterThan(drainSeconds);
            long readinessPeriod = container.getReadinessProbe().getPeriodSeconds();
            assertThat(Duration.parse(env.get("SHUTDOWN_READINESS_DELAY")).toSeconds())
                    .as(name + ": readiness is seen DOWN before the listener closes").isGreaterThan(readinessPeriod);

            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");
        }
    }

    @Test
    void everyReferenceFindsItsObject() throws IOException {
        List<HasMetadata> objects = base();
        Map<String, Secret> secrets = byName(of(objects, Secret.class));
        Map<String, Service> services = byName(of(objects, Service.class));
        Map<String, Deployment> deployments = byName(of(objects, Deployment.class));

        for (Deployment deployment : deployments.values()) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(labels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var ref = variable.getValueFrom().getSecretKeyRef();
                        assertThat(secrets).as(variable.getName()).containsKey(ref.getName());
                        assertThat(secrets.get(ref.getName()).getStringData()).as(variable.getName()).containsKey(ref.getKey());
                    }
                }
            }
        }
        for (Service service : services.values()) {
            assertThat(deployments.values()).as("pods behind service " + service.getMetadata().getName())
                    .anySatisfy(d -> assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                            .containsAllEntriesOf(service.getSpec().getSelector()));
            assertThat(service.getSpec().getPorts()).as("service " + service.getMetadata().getName()
                    + " exposes no management port").noneMatch(port -> "management".equals(port.getTargetPort().getStrVal()));
        }
        for (PodDisruptionBudget budget : of(objects, PodDisruptionBudget.class)) {
            Deployment target = deployments.get(budget.getMetadata().getName());
            assertThat(target).isNotNull();
            assertThat(target.getSpec().getSelector().getMatchLabels()).isEqualTo(budget.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).isLessThan(target.getSpec().getReplicas());
        }
        for (HorizontalPodAutoscaler autoscaler : of(objects, HorizontalPodAutoscaler.class)) {
            assertThat(deployments).containsKey(autoscaler.getSpec().getScaleTargetRef().getName());
        }
        for (Ingress ingress : of(objects, Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                IngressBackend backend = path.getBackend();
                if (backend.getService().getName().equals("admin-service")) {
                    // CSV imports: ingress-nginx refuses bodies over 1 MB unless told otherwise
                    assertThat(ingress.getMetadata().getAnnotations())
                            .containsEntry("nginx.ingress.kubernetes.io/proxy-body-size", "64m");
                }
                Service service = services.get(backend.getService().getName());
                assertThat(service).as(path.getPath()).isNotNull();
                assertThat(service.getSpec().getPorts()).anySatisfy(p -> assertThat(p.getName()).isEqualTo(backend.getService().getPort().getName()));
            }));
        }
    }

    @Test
    void postgresIsACloudNativePgClusterAdminServiceUsesItsPrimaryAndPublicApiReadsItsReplicas() throws IOException {
        List<HasMetadata> objects = base();
        GenericKubernetesResource cluster = (GenericKubernetesResource) objects.stream()
                .filter(o -> o.getKind().equals("Cluster")).findFirst().orElseThrow();
        assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) cluster.getAdditionalProperties().get("spec");
        // The Cluster fields this project sets, as CloudNativePG's v1 API names them.
        assertThat(spec.keySet()).isSubsetOf("instances", "imageName", "primaryUpdateStrategy", "storage", "resources",
                "bootstrap", "managed");
        assertThat((Integer) spec.get("instances")).isGreaterThanOrEqualTo(2);

        Deployment admin = byName(of(objects, Deployment.class)).get("admin-service");
        assertThat(admin.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .anySatisfy(v -> {
                    assertThat(v.getName()).isEqualTo("DB_HOST");
                    assertThat(v.getValue()).isEqualTo(cluster.getMetadata().getName() + "-rw");
                });
        // public-api: its listener (and schema check) on the primary, its reads on the replicas
        Map<String, String> publicEnv = new java.util.HashMap<>();
        byName(of(objects, Deployment.class)).get("public-api").getSpec().getTemplate().getSpec().getContainers().get(0)
                .getEnv().forEach(v -> publicEnv.put(v.getName(), v.getValue()));
        assertThat(publicEnv).containsEntry("DB_HOST", cluster.getMetadata().getName() + "-rw")
                .containsEntry("DB_READ_HOST", cluster.getMetadata().getName() + "-ro");
    }

    @Test
    void theProductionOverlayRendersToKnownObjects() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")) || onPath("kubectl"),
                "kubectl is not installed (.ci/run installs it): the overlay was not rendered");
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve("deploy/kubernetes/overlays/production").toString())
                .redirectErrorStream(true).start();
        String rendered = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kustomize.waitFor()).as(rendered).isZero();

        List<HasMetadata> objects = parse(rendered);
        assertThat(objects).hasSameSizeAs(base());
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("catalog"));
        for (HasMetadata object : objects) {
            if (!object.getKind().equals("Cluster")) {
                assertThat(unknownFields(object, object.getKind())).isEmpty();
            }
        }
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    /** Every {@code ${NAME:default}} placeholder of a service's configuration: the variables it reads. */
    static Set<String> variablesRead(Path applicationYml) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(Files.readString(applicationYml));
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** Paths of the fields fabric8 kept aside because Kubernetes' schema has no such field. */
    private static List<String> unknownFields(Object node, String path) {
        List<String> unknown = new ArrayList<>();
        if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> unknown.addAll(unknownFields(item, path + "." + getter.getName().substring(3))));
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(item -> unknown.addAll(unknownFields(item, path + "." + getter.getName().substring(3))));
            } else {
                unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3)));
            }
        }
        return unknown;
    }

    private static List<HasMetadata> base() throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml")).sorted().toList()) {
                objects.addAll(parse(Files.readString(file)));
            }
        }
        return objects;
    }

    private static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
                objects.add(KUBERNETES.unmarshal(document));
            }
        }
        return objects;
    }

    private static <T extends HasMetadata> List<T> of(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> Map<String, T> byName(List<T> objects) {
        Map<String, T> named = new java.util.LinkedHashMap<>();
        objects.forEach(o -> named.put(o.getMetadata().getName(), o));
        return named;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
