<?php
/**
 * Settings > Clinic UI: the site-wide theme, brand colours and where the assets come from. Built
 * on the Settings API, so options.php checks the nonce and the `manage_options` capability; each
 * option has a sanitize callback, and colours that fail a contrast pair are refused, naming it.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/** The settings page's slug and its Settings API group. */
const CLINIC_UI_BLOCKS_SETTINGS_PAGE = 'clinic-ui-blocks';

/**
 * The colour tokens' names as the settings page shows them.
 *
 * @return array<string, string>
 */
function clinic_ui_blocks_brand_color_labels() {
	return array(
		'brand'   => __( 'Brand colour', 'clinic-ui-blocks' ),
		'onBrand' => __( 'Text on the brand colour', 'clinic-ui-blocks' ),
		'accent'  => __( 'Accent colour', 'clinic-ui-blocks' ),
	);
}

/**
 * The theme names as the settings page shows them.
 *
 * @return array<string, string>
 */
function clinic_ui_blocks_theme_labels() {
	return array(
		'calm' => __( 'Calm (blue on white)', 'clinic-ui-blocks' ),
		'warm' => __( 'Warm (terracotta on cream)', 'clinic-ui-blocks' ),
		'dark' => __( 'Dark (light text on navy)', 'clinic-ui-blocks' ),
		'auto' => __( "Automatic (calm or dark, following the reader's colour scheme)", 'clinic-ui-blocks' ),
	);
}

/**
 * Registers the options, the section and the fields.
 */
function clinic_ui_blocks_register_settings() {
	register_setting(
		CLINIC_UI_BLOCKS_SETTINGS_PAGE,
		CLINIC_UI_BLOCKS_THEME_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'clinic_ui_blocks_sanitize_theme',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	register_setting(
		CLINIC_UI_BLOCKS_SETTINGS_PAGE,
		CLINIC_UI_BLOCKS_SOURCE_OPTION,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'clinic_ui_blocks_sanitize_source',
			'default'           => 'local',
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'clinic_ui_blocks_theme',
		__( 'Theme', 'clinic-ui-blocks' ),
		function () {
			echo '<p>' . esc_html__( "Every Clinic UI block on the site uses this theme, unless a block sets its own. Brand colours replace the theme's; leave a field empty to keep the theme's colour. Colours that would make text or controls hard to read (below WCAG AA contrast) are refused.", 'clinic-ui-blocks' ) . '</p>';
		},
		CLINIC_UI_BLOCKS_SETTINGS_PAGE
	);
	add_settings_field(
		'clinic_ui_blocks_theme_name',
		__( 'Site theme', 'clinic-ui-blocks' ),
		'clinic_ui_blocks_theme_field',
		CLINIC_UI_BLOCKS_SETTINGS_PAGE,
		'clinic_ui_blocks_theme',
		array( 'label_for' => 'clinic-ui-blocks-theme' )
	);
	foreach ( clinic_ui_blocks_brand_color_labels() as $token => $label ) {
		add_settings_field(
			'clinic_ui_blocks_color_' . $token,
			$label,
			'clinic_ui_blocks_color_field',
			CLINIC_UI_BLOCKS_SETTINGS_PAGE,
			'clinic_ui_blocks_theme',
			array(
				'label_for' => 'clinic-ui-blocks-color-' . $token,
				'token'     => $token,
			)
		);
	}
	add_settings_section( 'clinic_ui_blocks_assets', __( 'Script and stylesheet', 'clinic-ui-blocks' ), '__return_null', CLINIC_UI_BLOCKS_SETTINGS_PAGE );
	add_settings_field(
		'clinic_ui_blocks_source',
		__( 'Load from', 'clinic-ui-blocks' ),
		'clinic_ui_blocks_source_field',
		CLINIC_UI_BLOCKS_SETTINGS_PAGE,
		'clinic_ui_blocks_assets'
	);
}
add_action( 'admin_init', 'clinic_ui_blocks_register_settings' );

/**
 * Adds Settings > Clinic UI.
 */
function clinic_ui_blocks_add_settings_page() {
	add_options_page(
		__( 'Clinic UI Blocks', 'clinic-ui-blocks' ),
		__( 'Clinic UI', 'clinic-ui-blocks' ),
		'manage_options',
		CLINIC_UI_BLOCKS_SETTINGS_PAGE,
		'clinic_ui_blocks_render_settings_page'
	);
}
add_action( 'admin_menu', 'clinic_ui_blocks_add_settings_page' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function clinic_ui_blocks_settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=' . CLINIC_UI_BLOCKS_SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'clinic-ui-blocks' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( CLINIC_UI_BLOCKS_FILE ), 'clinic_ui_blocks_settings_link' );

/**
 * Adds a settings error once (WordPress runs the sanitize callback twice when the option is new).
 *
 * @param string $code    Error code.
 * @param string $message The message.
 */
function clinic_ui_blocks_settings_error( $code, $message ) {
	// The option may be saved outside the settings screen (WP-CLI, another plugin).
	if ( ! function_exists( 'get_settings_errors' ) ) {
		require_once ABSPATH . 'wp-admin/includes/template.php';
	}
	foreach ( get_settings_errors( CLINIC_UI_BLOCKS_THEME_OPTION ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	add_settings_error( CLINIC_UI_BLOCKS_THEME_OPTION, $code, $message, 'error' );
}

/**
 * Sanitizes the theme and brand colours. An unknown theme or a value that is not a hex colour is
 * refused, naming the field; colours that fail a contrast pair are refused, naming each pair. A
 * refused submission keeps the saved settings.
 *
 * @param mixed $input The submitted value.
 * @return array{theme: string, colors: array<string, string>}
 */
function clinic_ui_blocks_sanitize_theme( $input ) {
	$data     = clinic_ui_blocks_theme_data();
	$previous = clinic_ui_blocks_site_theme();
	$input    = is_array( $input ) ? $input : array();
	$theme    = isset( $input['theme'] ) ? sanitize_key( $input['theme'] ) : $data['default'];
	if ( ! in_array( $theme, $data['names'], true ) ) {
		clinic_ui_blocks_settings_error(
			'clinic_ui_blocks_theme',
			/* translators: %s: the theme name that was sent. */
			sprintf( __( 'Site theme: "%s" is not a Clinic UI theme. The settings were not saved.', 'clinic-ui-blocks' ), $theme )
		);
		return $previous;
	}
	$labels = clinic_ui_blocks_brand_color_labels();
	$colors = array();
	foreach ( array_keys( $data['brand_colors'] ) as $token ) {
		$value = isset( $input['colors'][ $token ] ) ? trim( (string) $input['colors'][ $token ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		$hex = sanitize_hex_color( $value );
		if ( ! $hex ) {
			clinic_ui_blocks_settings_error(
				'clinic_ui_blocks_color_' . $token,
				/* translators: 1: a colour field's name, 2: the value that was sent. */
				sprintf( __( '%1$s: "%2$s" is not a hex colour such as #1f5f7a. The settings were not saved.', 'clinic-ui-blocks' ), $labels[ $token ], $value )
			);
			return $previous;
		}
		$colors[ $token ] = strtolower( $hex );
	}
	$failures = array();
	foreach ( clinic_ui_blocks_check_contrast( $theme, $colors ) as $result ) {
		if ( ! $result['passes'] ) {
			$description = clinic_ui_blocks_describe_contrast( $result );
			if ( count( clinic_ui_blocks_base_themes( $theme ) ) > 1 ) {
				/* translators: 1: a contrast pair and its ratio, 2: a built-in theme name. */
				$description = sprintf( __( '%1$s in the %2$s colour scheme', 'clinic-ui-blocks' ), $description, $result['base'] );
			}
			$failures[] = $description;
		}
	}
	if ( $failures ) {
		clinic_ui_blocks_settings_error(
			'clinic_ui_blocks_contrast',
			/* translators: %s: the colour pairs that fail, such as "brand on surface: 1.61:1 (needs 4.5:1)". */
			sprintf( __( 'The colours were not saved: these pairs fall below WCAG AA contrast: %s.', 'clinic-ui-blocks' ), implode( '; ', $failures ) )
		);
		return $previous;
	}
	return array(
		'theme'  => $theme,
		'colors' => $colors,
	);
}

/**
 * Sanitizes the asset source: 'local' or 'cdn'.
 *
 * @param mixed $input The submitted value.
 * @return string
 */
function clinic_ui_blocks_sanitize_source( $input ) {
	return 'cdn' === $input ? 'cdn' : 'local';
}

/**
 * The theme select.
 */
function clinic_ui_blocks_theme_field() {
	$site = clinic_ui_blocks_site_theme();
	echo '<select id="clinic-ui-blocks-theme" name="' . esc_attr( CLINIC_UI_BLOCKS_THEME_OPTION ) . '[theme]">';
	foreach ( clinic_ui_blocks_theme_labels() as $name => $label ) {
		if ( in_array( $name, clinic_ui_blocks_theme_data()['names'], true ) ) {
			echo '<option value="' . esc_attr( $name ) . '"' . selected( $site['theme'], $name, false ) . '>' . esc_html( $label ) . '</option>';
		}
	}
	echo '</select>';
}

/**
 * A brand colour field: a hex colour, or empty for the theme's.
 *
 * @param array{token: string, label_for: string} $args The field's token.
 */
function clinic_ui_blocks_color_field( $args ) {
	$data  = clinic_ui_blocks_theme_data();
	$site  = clinic_ui_blocks_site_theme();
	$token = $args['token'];
	$base  = clinic_ui_blocks_base_themes( $site['theme'] )[0];
	printf(
		'<input type="text" class="regular-text code" id="%1$s" name="%2$s[colors][%3$s]" value="%4$s" placeholder="%5$s" pattern="#?([0-9a-fA-F]{3}){1,2}" aria-describedby="%1$s-description" /> <p class="description" id="%1$s-description">%6$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( CLINIC_UI_BLOCKS_THEME_OPTION ),
		esc_attr( $token ),
		esc_attr( isset( $site['colors'][ $token ] ) ? $site['colors'][ $token ] : '' ),
		esc_attr( $data['themes'][ $base ]['colors'][ $token ] ),
		sprintf(
			/* translators: 1: a CSS custom property, 2: the theme's colour. */
			esc_html__( 'Sets %1$s. Leave it empty for the colour of the theme (%2$s).', 'clinic-ui-blocks' ),
			'<code>' . esc_html( $data['brand_colors'][ $token ] ) . '</code>',
			'<code>' . esc_html( $data['themes'][ $base ]['colors'][ $token ] ) . '</code>'
		)
	);
}

/**
 * The asset source radios.
 */
function clinic_ui_blocks_source_field() {
	$source  = clinic_ui_blocks_uses_cdn() ? 'cdn' : 'local';
	$choices = array(
		'local' => __( 'This site (recommended: no requests to other sites)', 'clinic-ui-blocks' ),
		'cdn'   => __( 'jsDelivr CDN, the same pinned version, checked with Subresource Integrity', 'clinic-ui-blocks' ),
	);
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Load from', 'clinic-ui-blocks' ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="%1$s" value="%2$s"%3$s /> %4$s</label><br />',
			esc_attr( CLINIC_UI_BLOCKS_SOURCE_OPTION ),
			esc_attr( $value ),
			checked( $source, $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}

/**
 * The page: the Settings API form, and a notice when the stylesheet cannot be written.
 */
function clinic_ui_blocks_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$stylesheet = clinic_ui_blocks_theme_stylesheet();
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	if ( is_wp_error( $stylesheet ) ) {
		echo '<div class="notice notice-warning"><p>' . esc_html( $stylesheet->get_error_message() ) . ' ' . esc_html__( 'The blocks keep their built-in calm theme until it can be written.', 'clinic-ui-blocks' ) . '</p></div>';
	}
	echo '<form action="options.php" method="post">';
	settings_fields( CLINIC_UI_BLOCKS_SETTINGS_PAGE );
	do_settings_sections( CLINIC_UI_BLOCKS_SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}
