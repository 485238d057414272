// Starts Swagger UI on the admin API document (kept out of the page: no inline script under our CSP).
document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('swagger-ui');
    if (root && window.SwaggerUIBundle) {
        window.SwaggerUIBundle({ url: root.getAttribute('data-spec'), dom_id: '#swagger-ui', deepLinking: true });
    }
});
