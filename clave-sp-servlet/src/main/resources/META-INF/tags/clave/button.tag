<%@ tag description="The Cl@ve login button, in the request's language" body-content="empty" pageEncoding="UTF-8" %>
<%@ attribute name="returnTo" required="false" description="origin-relative page to return to after login" %>
<%= es.clave.sp.servlet.ClaveButton.html((jakarta.servlet.http.HttpServletRequest) request, (String) jspContext.getAttribute("returnTo")) %>
