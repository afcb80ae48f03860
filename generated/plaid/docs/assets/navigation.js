window.utdkNavigation = [["identity",[["operations/identityrefresh.html","POST","/identity/refresh","Refresh identity data",0]]]];
